// Package config reads the service's YAML configuration, with environment overrides.
package config

import (
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

type Config struct {
	HTTPAddr    string `yaml:"http_addr"`
	GRPCAddr    string `yaml:"grpc_addr"`
	DatabaseURL string `yaml:"database_url"`
}

func Load(file string) (Config, error) {
	c := Config{HTTPAddr: ":3000", GRPCAddr: ":3001"}
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return c, fmt.Errorf("config %s: %w", file, err)
		}
		if err := yaml.Unmarshal(b, &c); err != nil {
			return c, fmt.Errorf("config %s: %w", file, err)
		}
	}
	if v := os.Getenv("PORT"); v != "" {
		c.HTTPAddr = ":" + v
	}
	if v := os.Getenv("DATABASE_URL"); v != "" {
		c.DatabaseURL = v
	}
	return c, nil
}
