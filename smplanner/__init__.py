"""smplanner: plan B2B social media work and prove its return on investment."""

__version__ = "0.1.0"
