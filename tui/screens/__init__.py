"""The app's screens: statements, statement detail, article, speakers, claims, and modal dialogs."""
