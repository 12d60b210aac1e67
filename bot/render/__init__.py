"""Pure: facts → HTML text (figures, citations, reports, timelines, sources, charts, pages).

Never reads the store and never imports telegram.
"""
