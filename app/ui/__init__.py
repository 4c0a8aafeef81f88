"""Qt widgets only. Nothing outside this package (and the Qt half of app/sheet) imports Qt."""
