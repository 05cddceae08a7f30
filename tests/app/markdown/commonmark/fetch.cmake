# Fetches the CommonMark 0.30 examples (npm commonmark-spec, pinned in package-lock.json) into
# SPEC_DIR. Run by the FetchCommonMarkSpec test, so building Folio never needs the network;
# only this test does, once, and again only when the lockfile changes.
# Inputs: -DNPM=... -DSOURCE_DIR=... -DSPEC_DIR=...
set(spec_file ${SPEC_DIR}/node_modules/commonmark-spec/spec.txt)
if(EXISTS ${spec_file} AND EXISTS ${SPEC_DIR}/package-lock.json)
  file(SHA256 ${SOURCE_DIR}/package-lock.json wanted)
  file(SHA256 ${SPEC_DIR}/package-lock.json have)
  if(wanted STREQUAL have)
    return()
  endif()
endif()
if(NOT NPM)
  message(FATAL_ERROR "npm is needed to fetch the CommonMark examples: run make deps")
endif()
file(MAKE_DIRECTORY ${SPEC_DIR})
file(COPY ${SOURCE_DIR}/package.json ${SOURCE_DIR}/package-lock.json DESTINATION ${SPEC_DIR})
execute_process(
  COMMAND ${NPM} ci --ignore-scripts --no-audit --no-fund --loglevel=error
  WORKING_DIRECTORY ${SPEC_DIR}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS ${spec_file})
  message(FATAL_ERROR "npm could not fetch commonmark-spec (exit ${result})")
endif()
