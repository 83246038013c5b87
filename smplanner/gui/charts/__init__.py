"""Live charts (pyqtgraph), imported only when a section that shows one is built."""
