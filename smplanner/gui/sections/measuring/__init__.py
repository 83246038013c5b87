"""The Measuring tab: plan settings, the tracking grid, costs and returns."""
