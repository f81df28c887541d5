"""psoasbreak: a sit-break reminder that lives in the system tray."""

__version__ = "0.1.0"
APP_NAME = "psoasbreak"
