# Generated from a Nixpacks build plan (providers: php)
FROM php:8.2-cli-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends git unzip && rm -rf /var/lib/apt/lists/*
ARG PORT="80"
ENV PORT="${PORT}"

# setup phase

# install phase
COPY composer.json /app/composer.json
RUN curl -fsSL https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
RUN composer install --ignore-platform-reqs

# after the last phase
COPY . /app/.

# run stage
FROM php:8.2-cli-bookworm
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends git unzip && rm -rf /var/lib/apt/lists/*
ARG PORT="80"
ENV PORT="${PORT}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "php -S 0.0.0.0:${PORT:-80} -t public"]
