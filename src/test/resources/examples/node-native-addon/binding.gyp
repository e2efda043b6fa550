{
  "targets": [
    {
      "target_name": "greeting",
      "sources": ["greeting.c"]
    }
  ]
}
