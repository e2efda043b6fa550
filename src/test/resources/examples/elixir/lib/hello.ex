defmodule Hello do end
