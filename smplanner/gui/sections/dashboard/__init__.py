"""The ROI dashboard tab: headline figures, tables and live charts."""
