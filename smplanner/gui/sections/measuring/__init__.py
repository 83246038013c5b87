"""The Measuring tab: plan settings, the tracking grid and costs."""
