"""A helper package beside a model file: its lines are the user's too."""
