"""Parse prediction-service log lines and summarise them per model."""


def parse_line(line):
    raise NotImplementedError


def summarise(lines):
    raise NotImplementedError
