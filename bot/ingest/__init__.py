"""Reading a news article into candidate facts, each with the sentence it came from.

Pure: text in, candidates out. Nothing here opens the store or imports telegram.
"""
