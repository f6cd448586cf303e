"""Team review (issue 16): several reviewers, blind coding, agreement, consensus, calibration.

Qt-free core used by the CLI (``replay merge``, ``agreement``, ``consensus``, ``calibrate``,
``blind``, ``done``) and by the app's dialogs in ``replay/ui/team_*.py``.
"""
