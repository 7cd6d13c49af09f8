"""A generated archive for sizing and scale tests (`manage.py generate_archive`)."""
