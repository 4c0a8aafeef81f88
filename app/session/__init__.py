"""What one session at the desk holds, as plain Python: the pages read (Back/Forward), the
search as it is typed, and the debounce that paces it. No Qt here: the windows in app/ui
wire their widgets to these objects, and tests drive them directly, with fake timers and
a fake worker, so the rules a counsellor relies on are tested without a screen.
"""
