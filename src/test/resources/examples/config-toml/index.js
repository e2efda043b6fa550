console.log("config-toml");
