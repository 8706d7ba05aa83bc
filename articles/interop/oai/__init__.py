"""OAI-PMH 2.0 at /oai/: the archive's records for library harvesters, in Dublin Core (oai_dc).

arguments.py checks a request against the verb's arguments, tokens.py signs resumption tokens,
repository.py selects records, xml.py writes the response, protocol.py answers each verb, views.py is
the endpoint.
"""
