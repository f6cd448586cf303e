"""Review state and rules without Qt: what the app shows and does, usable from tests and scripts.

Import :class:`replay.review.model.ReviewModel` (the open library and session, tags,
selection, spike navigation, playback clock; its changes on ``model.events``) and
:class:`replay.review.canvas_data.CanvasData` (what is on screen at a time). The Qt layer
(``replay.ui``) subscribes to the model; nothing here imports Qt or ``replay.ui``.

The reviewer's lists are plain functions: :mod:`replay.review.hits` (every hit with its
reason, strength and covering tag; what cannot be judged), :mod:`replay.review.event_list`
(clicks, page views, inputs, console errors, scroll bursts, rotations),
:mod:`replay.review.overview` (hit density, label layout, cursor speed) and
:mod:`replay.review.ranges` (in/out points, where spike keys land).
"""
