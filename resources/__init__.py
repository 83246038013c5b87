"""Data files of smplanner (default tables, example plan, icons, translations).

A package so that an installed app finds them with importlib.resources.
"""
