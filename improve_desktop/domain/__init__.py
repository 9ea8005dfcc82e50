"""Pure Python domain: enumerations, value types and rules. No Qt, no database."""
