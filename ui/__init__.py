"""Qt Designer forms of smplanner, loaded at run time by QUiLoader.

A package so that an installed app finds them with importlib.resources.
"""
