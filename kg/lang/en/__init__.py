"""English: word lists (lexicon), countries, US states and regions, kinds of organisation."""
