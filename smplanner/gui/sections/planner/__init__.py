"""The KPI planner tab: the grid, its filter bar and its styler."""
