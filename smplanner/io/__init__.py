"""Qt-free input and output: plan workbooks, validation problems, atomic saves."""
