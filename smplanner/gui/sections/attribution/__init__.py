"""The Attribution tab: every model's credit side by side, and social media's roles."""
