"""Hand-written runtime layer of the generated client: auth, paging, retries and errors.

This folder is copied into the generated package as ``modelarts_data_client.runtime`` by
``scripts/regen_client.py``; edit it here, never in generated/.
"""
