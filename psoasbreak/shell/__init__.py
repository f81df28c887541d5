"""The app layer: turns the session's decisions into windows and notifications, and the edges'
facts into calls on the session (the presenter, the away check, live settings, the control
commands, signal handling). ``app.py`` builds these and wires them; core/ decides."""
