"""CTCAE v5.0 term names the adverse-event report probes expect, written once (tests/terms checks the AE term list
against ../shared/terminology; these are the names kg gives those terms)."""
N = "Neutrophil count decreased"
P = "Platelet count decreased"
# a liver-enzyme rise told as "transaminases" may be either
ALT = ("Alanine aminotransferase increased", "Aspartate aminotransferase increased")
PPE = "Palmar-plantar erythrodysesthesia syndrome"
PSN = "Peripheral sensory neuropathy"
FN = "Febrile neutropenia"
