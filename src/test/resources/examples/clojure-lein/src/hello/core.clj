(ns hello.core (:gen-class))
(defn -main [& _] (println "hello from Clojure"))
