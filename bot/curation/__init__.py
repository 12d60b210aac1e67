"""The curators' conversation steps and field forms: /addfact's questions, field=value parsing."""
