"""Contract checks that hold any server to spec/openapi.yaml, whichever server it is."""
