"""The Pipeline tab."""
