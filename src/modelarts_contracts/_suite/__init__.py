"""The contract suite's runner: drives schemathesis and the contract probes against a base URL.

``_runner.run_suite`` with ``RunOptions`` gives a ``RunReport``; ``_credentials`` holds the
credential types, ``_summary`` and ``_junit`` write the report. The runner never knows which
server it is pointed at: the ``run`` command (:mod:`modelarts_contracts._run`) starts the built-in
mock when asked and passes its URL. Nothing is imported here, so that ``_phases`` stays light: the
other modules import the checks, which read the spec.
"""
