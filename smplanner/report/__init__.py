"""One-page charts of a plan's sections, drawn with QPainter for PDF files and printers.

Needs Qt's painting (QtGui) but no window, so the command line exports PDFs on a machine
without a display.
"""
