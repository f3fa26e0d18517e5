# Shared by ./fawkes and .ci/run: locate a JDK of at least a given major version.

# Prints the major version of the java binary $1 (17, 21, 25, …).
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

# Prints the JAVA_HOME of the java binary $1.
java_home_of() {
  dirname "$(dirname "$(readlink -f "$1")")"
}

# Prints the path of a java binary of version >= $1, preferring JAVA_HOME, then PATH, then installed JDKs.
find_java() {
  local min="$1" candidate major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for candidate in /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    [ -x "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    [ -x "$(dirname "$candidate")/javac" ] || continue
    major="$(java_major "$candidate")"
    if [ -n "$major" ] && [ "${major%%.*}" -ge "$min" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
