/**
 * The smallest valid roadmap as YAML: one stage, one topic `t`, one quiz `q` of one single-choice
 * question. `topic` goes into the topic, `quiz` into the quiz before its questions, `top` before
 * the stages; each is whole lines, indented for its place.
 */
export const tinyRoadmap = (topic: string, quiz: string, top = '') => `formatVersion: 1
id: r
title: R
description: D
${top}stages:
  - id: s
    title: S
    summary: S
    topics:
      - id: t
        title: T
        summary: S
${topic}quizzes:
  - id: q
    title: Q
${quiz}    questions:
      - id: a
        type: single
        prompt: P
        choices: [one, two]
        answer: 0
`;
