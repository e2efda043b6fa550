// Benchmark app: an orders service with an HTTP API (gin), a gRPC health endpoint, Prometheus metrics, a
// PostgreSQL store (pgx) when DATABASE_URL is set, YAML config, zap logging and a cobra command line. Its modules
// are vendored (vendor/), from Debian's golang-*-dev packages.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"example.com/bench/go-svc/internal/api"
	"example.com/bench/go-svc/internal/config"
	"example.com/bench/go-svc/internal/grpcsvc"
	"example.com/bench/go-svc/internal/metrics"
	"example.com/bench/go-svc/internal/store"
	"go.uber.org/zap"
)

func main() {
	var configFile string
	root := &cobra.Command{Use: "go-svc", Short: "orders service"}
	root.PersistentFlags().StringVar(&configFile, "config", "", "YAML config file")
	serve := &cobra.Command{
		Use:   "serve",
		Short: "serve HTTP and gRPC",
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := config.Load(configFile)
			if err != nil {
				return err
			}
			log, err := zap.NewProduction()
			if err != nil {
				return err
			}
			defer log.Sync()
			st, err := store.Open(cmd.Context(), cfg.DatabaseURL)
			if err != nil {
				return err
			}
			reg := metrics.New()
			go func() {
				if err := grpcsvc.Serve(cfg.GRPCAddr, log); err != nil {
					log.Fatal("grpc", zap.Error(err))
				}
			}()
			log.Info("listening", zap.String("http", cfg.HTTPAddr), zap.String("grpc", cfg.GRPCAddr))
			return api.New(st, reg, log).Run(cfg.HTTPAddr)
		},
	}
	root.AddCommand(serve)
	if len(os.Args) == 1 {
		os.Args = append(os.Args, "serve")
	}
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
