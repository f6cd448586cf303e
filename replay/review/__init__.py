"""Review state and rules without Qt: what the app shows and does, usable from tests and scripts.

Import :class:`replay.review.model.ReviewModel` (the open library and session, tags,
selection, spike navigation, playback clock; its changes on ``model.events``) and
:class:`replay.review.canvas_data.CanvasData` (what is on screen at a time). The Qt layer
(``replay.ui``) subscribes to the model; nothing here imports Qt or ``replay.ui``.
"""
