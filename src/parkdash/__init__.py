"""parkdash: an interactive dashboard of Zhuzhou's development zones."""

__version__ = "0.1.0"
