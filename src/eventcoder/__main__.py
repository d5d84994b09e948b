from eventcoder.cli import main

raise SystemExit(main())
