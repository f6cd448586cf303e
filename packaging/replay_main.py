"""Entry point of the standalone build: the same ``replay`` command line as the pip install."""

from replay.cli import main

if __name__ == "__main__":
    main()
