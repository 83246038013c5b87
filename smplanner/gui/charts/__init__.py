"""Charts drawn with pyqtgraph; imported only when a chart is first shown (it is slow to load)."""
