"""The Alignment tab: the 3 x 3 chart of marketing levers and sales goals."""
