"""Graph building: case records -> one rdflib graph per report."""
