# Generated from a Nixpacks build plan (providers: python)
FROM python:3.13-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libpq-dev && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG PYTHONFAULTHANDLER="1"
ARG PYTHONUNBUFFERED="1"
ARG PYTHONHASHSEED="random"
ARG PYTHONDONTWRITEBYTECODE="1"
ARG PIP_DISABLE_PIP_VERSION_CHECK="1"
ARG PIP_DEFAULT_TIMEOUT="30"
ARG APP_MODE="production"
ENV PYTHONFAULTHANDLER="${PYTHONFAULTHANDLER}" PYTHONUNBUFFERED="${PYTHONUNBUFFERED}" PYTHONHASHSEED="${PYTHONHASHSEED}" PYTHONDONTWRITEBYTECODE="${PYTHONDONTWRITEBYTECODE}" PIP_DISABLE_PIP_VERSION_CHECK="${PIP_DISABLE_PIP_VERSION_CHECK}" PIP_DEFAULT_TIMEOUT="${PIP_DEFAULT_TIMEOUT}" APP_MODE="${APP_MODE}"

# setup phase

# install phase
ENV PATH="/app/.venv/bin:${PATH}"
COPY requirements.txt /app/requirements.txt
# cache restore for install: /root/.cache/pip /root/.cache/options
RUN python -m venv --copies /app/.venv && . /app/.venv/bin/activate && pip install -r requirements.txt

# build phase
COPY . /app/.
RUN python -m compileall -q .

# after the last phase
# cache save: /root/.cache/pip /root/.cache/options

# run stage
FROM python:3.13-slim-bookworm
WORKDIR /app/
ARG PYTHONFAULTHANDLER="1"
ARG PYTHONUNBUFFERED="1"
ARG PYTHONHASHSEED="random"
ARG PYTHONDONTWRITEBYTECODE="1"
ARG PIP_DISABLE_PIP_VERSION_CHECK="1"
ARG PIP_DEFAULT_TIMEOUT="30"
ARG APP_MODE="production"
ENV PYTHONFAULTHANDLER="${PYTHONFAULTHANDLER}" PYTHONUNBUFFERED="${PYTHONUNBUFFERED}" PYTHONHASHSEED="${PYTHONHASHSEED}" PYTHONDONTWRITEBYTECODE="${PYTHONDONTWRITEBYTECODE}" PIP_DISABLE_PIP_VERSION_CHECK="${PIP_DISABLE_PIP_VERSION_CHECK}" PIP_DEFAULT_TIMEOUT="${PIP_DEFAULT_TIMEOUT}" APP_MODE="${APP_MODE}"
ENV PATH="/app/.venv/bin:${PATH}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "python main.py --serve"]
