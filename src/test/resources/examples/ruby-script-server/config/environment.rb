# The layout of a Rails 2 era app (config/environment.rb and script/), for which the provider starts script/server.
APP_GREETING = "Hello from ruby-script-server on Ruby #{RUBY_VERSION}".freeze
