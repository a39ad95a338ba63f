"""Language data: word lists and name tables the stages read, kept apart from the code that reads them."""
