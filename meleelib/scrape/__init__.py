"""Stage 01: scrape guides from a XenForo forum, politely (session), read its markup (xenforo), and serve the
committed sample forum (sample_forum).
"""
